"""Words made outside Qt: the engine's explanations, the summary's labels and the command
line's error sentences, in Russian and English.
"""
