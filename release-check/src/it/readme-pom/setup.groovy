// The README says where specs go: src/main/swagger, in the spec repository's layout, common-types included.
import java.nio.file.*

// armgen must come from the release repository on every run, not from an earlier run's download
new File(localRepositoryPath, 'io/armgen').deleteDir()

def from = Paths.get(repoSpecs)
def to = basedir.toPath().resolve('src/main/swagger')
['common-types', 'containerregistry', 'keyvault'].each { folder ->
  Files.walk(from.resolve(folder)).each { source ->
    def target = to.resolve(from.relativize(source).toString())
    if (Files.isDirectory(source)) {
      Files.createDirectories(target)
    } else {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
    }
  }
}
return true
