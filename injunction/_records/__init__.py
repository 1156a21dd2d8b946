"""Record files: reading, writing, their schema and a decision's receipt."""
