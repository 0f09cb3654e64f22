"""Generated from ../../../ui/*.ui. Do not edit."""
