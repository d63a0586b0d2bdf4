#!/bin/sh
# Regenerates docs/man/vigia.1 from the command definitions, with swift-argument-parser's
# GenerateManual plugin: the abstracts, discussions and option help in Sources/vigia are the page.
# Extra arguments go to the generator, e.g. --date 2026-06-30.
set -eu
cd "$(dirname "$0")/../.."
# The text is the same in any configuration; debug reuses the usual build.
swift package plugin generate-manual --configuration debug "$@"
# The generator keeps the blank lines between paragraphs of a discussion, which mdoc warns
# about: they become paragraph breaks.
sed 's/^$/.Pp/' .build/plugins/GenerateManual/outputs/vigia/vigia.1 > docs/man/vigia.1
echo "docs/man/vigia.1 written; view it with: man docs/man/vigia.1"
