"""``khabar serve``: the HTTP API and the web UI (``pip install 'khabar[web]'``)."""
