"""ehcp-audit's built-in rule pack.

Rule metadata (id, severity, legal basis, rationale, examples) lives in the YAML files
beside this one; the logic lives in the Python modules, one small function per rule,
marked with `@check("ID")`; the word lists live in `lexicons/`. The engine loads this
folder exactly as it loads a third-party pack or a team's own checks folder.
"""
