// Three specs named three ways (folder, glob, file) -> one run generating three services, all compiled.
def out = new File(basedir, 'target/generated-sources/armgen/com/example/azure')
['containerservice/v2026_01_01', 'documentdb/v2022_02_15_preview', 'keyvault/v2021_06_01_preview'].each { service ->
  assert new File(out, "$service/PrivateEndpointConnectionsClient.java").isFile() : "no client for $service"
  assert new File(basedir, "target/classes/com/example/azure/$service/PrivateEndpointConnectionsClient.class").isFile()
}
assert !new File(out, 'containerregistry').exists() : 'containerregistry was not named'
assert new File(basedir, 'target/classes/it/App.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /armgen: 3 services, \d+ types, 12 operations; \d+ files written/
return true
