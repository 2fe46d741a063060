// mvn -T 2: both modules generated and compiled, and Maven did not flag the plugin as unsafe.
def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') && log.contains('thread count of 2') : 'the build did not run with -T 2'
assert !log.contains('@threadSafe') : 'Maven warned about a plugin that is not thread-safe'
['alpha': ['containerregistry/v2021_09_01', 'keyvault/v2021_06_01_preview'],
    'beta': ['documentdb/v2022_02_15_preview', 'containerservice/v2026_01_01']].each { module, services ->
  services.each { service ->
    def cls = new File(basedir, "$module/target/classes/it/$module/generated/$service/PrivateEndpointConnectionsClient.class")
    assert cls.isFile() : "missing $cls"
  }
  assert new File(basedir, "$module/target/classes/it/$module/App.class").isFile()
}
assert (log =~ /armgen: 2 services, \d+ types, 8 operations; \d+ files written/).size() == 2
return true
