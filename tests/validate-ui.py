#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate every GtkBuilder file with `gtk4-builder-tool validate`, as TAP.

Usage: validate-ui.py GTK4_BUILDER_TOOL FILE.ui|DIRECTORY...   (a directory
stands for every *.ui in it; needs a display: run under xvfb-run).

gtk4-builder-tool knows only GTK's own types and has none of our callbacks,
so a file that uses them cannot be validated as it is:
  - a template whose parent is one of our classes (AsPage) fails with
    "Failed to lookup template parent type";
  - an <object class="AsListView"> fails with "Invalid object type";
  - a <signal handler="on_…_cb"> fails with "No function named".
Such a file is validated a second time from a copy in which those template
parents become GtkWidget and those objects an empty GtkBox (losing their
properties and children, which only our code knows), and signal handlers are
removed. Every
GTK object, property, child and value in it is still checked. The line says
which files were checked that way. The templates themselves are built for
real by the widget tests (suite 'ui'), where any error in them is fatal.
"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CUSTOM_PREFIX = "As"
CUSTOM_ERRORS = re.compile(
    r"Failed to lookup template parent type As|Invalid object type 'As|No function named")


def validate(tool, path):
    result = subprocess.run([tool, "validate", path], capture_output=True, text=True)
    return result.returncode, (result.stdout + result.stderr).strip()


def strip_custom(path, out_path):
    """Writes a copy of @path without our types and callbacks; returns what was changed."""
    tree = ET.parse(path)
    root = tree.getroot()
    changes = []

    for template in root.iter("template"):
        parent = template.get("parent", "")
        if parent.startswith(CUSTOM_PREFIX):
            template.set("parent", "GtkWidget")
            changes.append("template parent %s" % parent)

    for obj in root.iter("object"):
        cls = obj.get("class", "")
        if cls.startswith(CUSTOM_PREFIX):
            for child in list(obj):
                obj.remove(child)
            obj.set("class", "GtkBox")   # any concrete widget; GtkWidget is abstract
            changes.append("object %s" % cls)

    n_signals = 0
    for parent in root.iter():
        for signal in [c for c in parent if c.tag == "signal"]:
            parent.remove(signal)
            n_signals += 1
    if n_signals:
        changes.append("%d signal handler%s" % (n_signals, "" if n_signals == 1 else "s"))

    tree.write(out_path, encoding="UTF-8", xml_declaration=True)
    return changes


def main():
    if len(sys.argv) < 3:
        print("usage: validate-ui.py GTK4_BUILDER_TOOL FILE.ui|DIRECTORY...", file=sys.stderr)
        return 2
    tool, files = sys.argv[1], []
    for argument in sys.argv[2:]:
        if os.path.isdir(argument):
            files += [os.path.join(argument, f) for f in os.listdir(argument) if f.endswith(".ui")]
        else:
            files.append(argument)
    files.sort()
    failed = 0
    if not files:
        print("1..0 # SKIP no .ui files")
        return 0

    print("1..%d" % len(files))
    with tempfile.TemporaryDirectory(prefix="validate-ui-") as scratch:
        for number, path in enumerate(files, 1):
            name = os.path.basename(path)
            status, output = validate(tool, path)
            if status == 0:
                print("ok %d %s" % (number, name))
                continue
            if not CUSTOM_ERRORS.search(output):
                failed += 1
                print("not ok %d %s - %s" % (number, name, output.replace("\n", " | ")))
                continue
            copy = os.path.join(scratch, name)
            try:
                changes = strip_custom(path, copy)
            except ET.ParseError as error:
                failed += 1
                print("not ok %d %s - not well-formed XML: %s" % (number, name, error))
                continue
            status, output = validate(tool, copy)
            if status == 0:
                print("ok %d %s (GTK parts only; without %s)" % (number, name, ", ".join(changes)))
            else:
                failed += 1
                print("not ok %d %s - %s" % (number, name,
                                             output.replace(copy, path).replace("\n", " | ")))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
