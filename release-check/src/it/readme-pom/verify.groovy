// The README's pom built on the machine's Maven with the plugin and runtime taken from the release
// repository (not from a reactor or a local install), and the README's test-server snippet works.
import com.sun.net.httpserver.HttpServer
import java.nio.charset.StandardCharsets

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
['armgen-maven-plugin', 'armgen-runtime', 'armgen-generator'].each { artifact ->
  assert log =~ /Downloaded from armgen-release: file:.*\/io\/armgen\/${artifact}\/${armgenVersion}\/${artifact}-${armgenVersion}\.jar/ :
      "$artifact did not come from the release repository"
}
assert new File(basedir, 'target/generated-sources/armgen/com/example/azure/containerregistry/v2021_09_01/PrivateEndpointConnectionsClient.java').isFile()
assert new File(basedir, 'target/generated-sources/armgen/com/example/azure/keyvault/v2021_06_01_preview/PrivateEndpointConnectionsClient.java').isFile()
assert new File(basedir, "target/registry-tool-1.0-SNAPSHOT.jar").isFile()

// Run the user code against a stub of ARM on 127.0.0.1 (an ephemeral port), stopped at the end.
def path = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/' +
    'Microsoft.ContainerRegistry/registries/myRegistry/privateEndpointConnections/myConnection'
def seen = []
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/', { exchange ->
  seen << "${exchange.requestMethod} ${exchange.requestURI.path} ${exchange.requestHeaders.getFirst('Authorization')}"
  byte[] body = ('{"id": "' + path + '", "name": "myConnection", "properties": {"privateLinkServiceConnectionState":'
      + ' {"status": "Approved", "description": "ok"}}}').getBytes(StandardCharsets.UTF_8)
  exchange.responseHeaders.add('Content-Type', 'application/json')
  exchange.sendResponseHeaders(200, body.length)
  exchange.responseBody.write(body)
  exchange.close()
})
server.start()
try {
  def repo = new File(localRepositoryPath.toString())
  def jars = [new File(basedir, 'target/classes'),
              new File(repo, "io/armgen/armgen-runtime/${armgenVersion}/armgen-runtime-${armgenVersion}.jar")]
  jars += new File(repo, 'com/fasterxml/jackson/core/jackson-core').listFiles().collect { v ->
    new File(v, "jackson-core-${v.name}.jar") }.findAll { it.isFile() }
  def loader = new URLClassLoader(jars.collect { it.toURI().toURL() } as URL[], ClassLoader.getPlatformClassLoader())
  def status = loader.loadClass('com.example.RegistryTool').getMethod('status', String)
      .invoke(null, "http://127.0.0.1:${server.address.port}".toString())
  assert status == 'Approved'
  assert seen == ["GET ${path} Bearer test-token".toString()]
} finally {
  server.stop(0)
}
return true
