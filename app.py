"""Hanoi integration indicators: the dashboard's entry point (``streamlit run app.py``).

The pages live in ``dashboard/pages/``; :func:`dashboard.navigation.run` builds the navigation,
checks the data and runs the page the URL names.
"""

from dashboard.navigation import run

run()
