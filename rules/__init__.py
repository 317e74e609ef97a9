"""newslint's built-in rules, one module per family.

Each module is a plugin, registered through the same ``newslint_rules`` hook as third-party
plugins (by module name, ``newslint.rules.<module>``), and can be blocked with ``-p no:<module>``.

- ``NL1xx`` article structure and credits: bylines, datelines, attribution, headlines.
- ``NL2xx`` injected content: related-story links and teasers, captions and photo credits, promos.
- ``NL3xx`` page boilerplate: comment forms, share, newsletter, paywall, cookies, ads, navigation.
- ``NL4xx`` text integrity: mojibake, markup remnants, glued words, duplicates, truncation.
- ``NL9xx`` (in ``newslint.problems``): problems of the input or of the run.
"""
