"""Pictures of the library: a timeline in the terminal and a self-contained HTML report."""
