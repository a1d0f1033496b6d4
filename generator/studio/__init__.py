"""The studio: ``studyguide studio``, a local web app that writes a guide in forms and prints it.

``server`` (the app and its threads), ``routes`` (the requests it answers), ``builds``
(Print and share), ``store`` (the files, read and written back), ``forms`` (the schemas
the forms are drawn from), ``guard`` (host, token, policy, lock), ``preview`` (the warm
rebuild of the HTML and PDF), ``assets/`` (the page; vendored libraries in ``assets/vendor/``).
"""
