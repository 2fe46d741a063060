// One spec -> sources generated under the default folder, added as a source root, compiled with the app.
def out = new File(basedir, 'target/generated-sources/armgen')
def client = new File(out, 'io/armgen/generated/containerregistry/v2021_09_01/PrivateEndpointConnectionsClient.java')
assert client.isFile() : "missing $client"
assert new File(out, '.armgen-manifest').isFile()
assert new File(basedir, 'target/classes/it/App.class').isFile()
assert new File(basedir, 'target/classes/io/armgen/generated/containerregistry/v2021_09_01/PrivateEndpointConnectionsClient.class').isFile()
assert new File(basedir, 'target/armgen/default.fingerprint').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /armgen: 1 services, \d+ types, 4 operations; \d+ files written in /
assert log.contains('ContainerRegistry 2021-09-01 -> io.armgen.generated.containerregistry.v2021_09_01')
// mvn armgen:help lists the goal
assert log.contains('armgen:generate')
assert log.contains('armgen:help')
// mvn armgen:docs writes the resource pages and the index
def docs = new File(basedir, 'target/armgen-docs')
assert new File(docs, 'index.md').isFile() : "missing index.md in $docs"
def pages = []
docs.eachFileRecurse { if (it.name.endsWith('.md') && it.name != 'index.md') pages << it }
assert !pages.isEmpty() : 'no resource page written'
def page = pages.find { it.text.contains('PrivateEndpointConnection') }
assert page != null : "no PrivateEndpointConnection page among $pages"
assert page.text.contains('Provides a') && page.text.contains('ContainerRegistry')
assert log.contains('armgen:docs')
assert log =~ /armgen: \d+ pages written in /
return true
