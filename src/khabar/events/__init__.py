"""Events (CAMEO-coded, who did what to whom) and quotations."""
