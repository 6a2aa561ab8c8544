"""Generated letters and their templates (see the court letters issue)."""
