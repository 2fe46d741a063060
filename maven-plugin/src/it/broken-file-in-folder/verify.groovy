// One file of the folder does not parse: the build fails naming it with line and column, rather
// than generating the other spec alone and leaving the consumer to fail at javac.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] specs\/bad\/others\.json:9:7: error JSON_SYNTAX: / : 'the broken file is not named with its line and column'
assert log.contains('the specs have 1 errors and 0 warnings')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/armgen').exists()
return true
