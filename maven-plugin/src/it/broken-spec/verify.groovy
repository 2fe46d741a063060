// The build failed on the spec, logging every error with file:line:column, and wrote nothing.
def log = new File(basedir, 'build.log').text
// files below the working directory (here the project folder) are named relative to it
assert log.contains('[ERROR] specs/broken.json:15:21: error REF_DANGLING: $ref "#/parameters/NoSuchParameter"') : 'line 15 not logged'
assert log.contains('[ERROR] specs/broken.json:18:69: error REF_DANGLING: $ref "#/definitions/NoSuchThing"') : 'line 18 not logged'
assert log.contains('the specs have 2 errors and 0 warnings')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/armgen').exists()
assert !new File(basedir, 'target/armgen/default.fingerprint').exists()
return true
