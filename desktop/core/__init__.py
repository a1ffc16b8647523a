"""The Qt-free core: decoding, reflow, extraction, the project store, edits and exports."""
