"""The engine: scales, cases, facts, rules, their compiled plans, traces and what-if analysis."""
