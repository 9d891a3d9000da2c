"""Hanoi integration indicators: the dashboard's entry point (``streamlit run app.py``).

The pages live in ``dashboard/pages/``; :func:`dashboard.shell.run` builds the navigation,
checks the data and runs the page the URL names.
"""

from dashboard.shell import run

run()
