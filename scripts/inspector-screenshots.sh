#!/usr/bin/env bash
# Screenshots of the inspector for docs/images: a Task, a Choice and a distributed Map.
# Needs xvfb, imagemagick and libgtk-3-0 (apt-get install xvfb imagemagick libgtk-3-0).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
cpfile="$(mktemp)"
# With -am the reactor resolves the sibling modules to their target/classes; the app's list is written last.
mvn -q -o -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test
cp="$(cat "$cpfile"):app/target/classes:app/target/test-classes"
sample="app/src/test/resources/screenshots/orders.asl.json"
shoot() { # STEP OUTPUT FIELD [dark|light] [split]
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c "
    log=\$(mktemp)
    java -Dloveless.width=1440 -Dloveless.height=900 -cp '$cp' dev.loveless.app.designer.ScreenshotWindow '$sample' '$1' '$3' ${4:-} ${5:-} >\$log 2>&1 &
    pid=\$!
    for i in \$(seq 1 120); do grep -q ready \$log && break; sleep 0.5; done
    import -window root '$2'; kill \$pid"
  echo "wrote $2"
}
shoot "Charge card" docs/images/inspector-task.png /Comment
shoot "Check amount" docs/images/inspector-choice.png /Choices/0/And/0/Variable
shoot "Thumbnail every image" docs/images/inspector-distributed-map.png /ItemReader/Resource
shoot "Charge card" docs/images/inspector-task-dark.png /Comment dark
shoot "Check amount" docs/images/code-split.png /Default light split
