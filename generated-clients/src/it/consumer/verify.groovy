// The consumer compiled against the published jar and its loopback test ran and passed.
def report = new File(basedir, 'target/surefire-reports/TEST-it.consumer.ContainerRegistryClientTest.xml')
assert report.isFile() : 'the consumer test did not run'
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 1
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0
return true
