"""The PlanGraph explorer (``streamlit run app.py``): pages over the embedded graph database.

Modules: :mod:`.data` (the read-only data layer, cached), :mod:`.text` (paragraphs, sentences and
highlighting of evidence), :mod:`.graphview` (st-link-analysis drawing, legend from the ontology),
:mod:`.nav` (pages, deep links through ``st.query_params``), :mod:`.widgets` (shared bits of UI) and
one module per page in :mod:`.views`.
"""
