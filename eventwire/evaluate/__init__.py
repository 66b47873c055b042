"""Scorers that measure each stage against hand-made gold: cleaning, events."""
