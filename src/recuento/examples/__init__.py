"""Worked examples shipped with recuento: sources written by the team, and their codings.

Each example is a folder-package holding a case summary in the team's own words (English and
Spanish), a coding file for each summary, and — where the original source may not be
redistributed — a coding of that source by character spans only, identified by its SHA-256, so
that whoever has the original can check every fact against it. See docs/worked-example.md.
"""
