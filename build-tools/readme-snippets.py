#!/usr/bin/env python3
"""Copies the tagged regions of ReadmeExamplesTest into README.md's snippet blocks. Run after
changing an example; ReadmeExamplesTest fails when the README and the test disagree."""
import re, sys

TEST = "rex-integration-tests/suite/src/test/java/dev/rex/it/ReadmeExamplesTest.java"
source = open(TEST).read()
readme_path = sys.argv[1] if len(sys.argv) > 1 else "README.md"
readme = open(readme_path).read()

def region(tag):
    start = source.index("// tag::%s[]" % tag)
    end = source.index("// end::%s[]" % tag)
    body = source[source.index("\n", start) + 1:end]
    lines = body.split("\n")
    indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
    return "\n".join("" if not l.strip() else l[indent:] for l in lines).rstrip()

def replace(match):
    return "<!-- snippet:%s -->\n```java\n%s\n```" % (match.group(1), region(match.group(1)))

readme = re.sub(r"<!-- snippet:(\w+) -->\s*```java\n.*?```", replace, readme, flags=re.S)
open(readme_path, "w").write(readme)
print("updated", readme_path)
