"""Fixing: ``newslint --fix`` (and ``--diff``, ``--fix-output``), as ruff's ``--fix`` does.

The engine never writes. Rules say how their findings are fixed (``Rule.fix``, a
:class:`~newslint.rule.Fixable`; the engine turns each hit into a :class:`~newslint.violation.Fix`
on its :class:`~newslint.violation.Violation`), and this package applies and writes them:

- :mod:`newslint.fix.apply`: which fixes of one pass go together (none touching another), applying
  them, and mapping offsets back to the text before the first pass;
- :mod:`newslint.fix.document`: one document fixed in passes, linting again after each, until
  nothing changes (bounded);
- :mod:`newslint.fix.stored`: the text as stored (line endings, BOM, JSON escapes) kept in step;
- :mod:`newslint.fix.jsontext` and :mod:`newslint.fix.records`: a record rewritten with only its
  text field changed, and the audit field;
- :mod:`newslint.fix.files`: whole files read, fixed and written atomically, in place or under
  ``--fix-output``; what is not fixed and why;
- :mod:`newslint.fix.diff`: ``--diff``; :mod:`newslint.fix.options`: the options and the report.

Importing this package stays cheap: :class:`~newslint.fix.options.FixOptions` sits on every
run's settings.
"""
