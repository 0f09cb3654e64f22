"""Live models, one module per area. Migrations never import these (they keep frozen copies)."""
