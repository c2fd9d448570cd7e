"""Corpus scale: the same pipeline on Dask (``pip install 'khabar[dask]'``)."""
