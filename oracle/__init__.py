"""oracle: the differential test oracle (being built; see the open issues)."""
