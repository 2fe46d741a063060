// The three builds log, in order: generated, up to date, generated again; the new property is in the model.
def log = new File(basedir, 'build.log').text
def outcomes = log.readLines().findAll { it.contains('armgen: ') }.collect {
  it.contains('up to date, skipped') ? 'skipped' : (it =~ /armgen: \d+ services/ ? 'generated' : null)
}.findAll { it != null }
assert outcomes == ['generated', 'skipped', 'generated'] : "armgen outcomes per build: $outcomes"
assert log.contains('Copying 1 resource') : 'the third build did not change the shared types'

def widget = new File(basedir, 'target/generated-sources/armgen/io/armgen/generated/widgets/v2024_01_01/models/Widget.java')
assert widget.isFile()
assert widget.text.contains('sizeInches') : 'the regenerated model lacks the property added in the $ref-only file'
def fingerprint = new File(basedir, 'target/armgen/default.fingerprint').text
assert fingerprint.contains('specs/common/types.json') : 'the $ref-only file is not among the recorded inputs'
return true
