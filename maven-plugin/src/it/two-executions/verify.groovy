// Two executions: separate folders, packages and fingerprints; both folders compiled.
def target = new File(basedir, 'target')
assert new File(target, 'generated-sources/armgen-registry/com/example/registry/containerregistry/v2021_09_01/PrivateEndpointConnectionsClient.java').isFile()
assert new File(target, 'generated-sources/armgen-vault/com/example/vault/keyvault/v2021_06_01_preview/PrivateEndpointConnectionsClient.java').isFile()
// apiVersions kept only the 2021-09-01 spec out of the whole folder
def registryPackages = new File(target, 'generated-sources/armgen-registry/com/example/registry').list() as List
assert registryPackages == ['containerregistry'] : registryPackages
assert new File(target, 'armgen/registry.fingerprint').isFile()
assert new File(target, 'armgen/vault.fingerprint').isFile()
assert new File(target, 'classes/com/example/registry/containerregistry/v2021_09_01/models/PrivateEndpointConnection.class').isFile()
assert new File(target, 'classes/com/example/vault/keyvault/v2021_06_01_preview/models/PrivateEndpointConnection.class').isFile()
assert new File(target, 'classes/it/App.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains(':generate (registry) @ two-executions')
assert log.contains(':generate (vault) @ two-executions')
return true
