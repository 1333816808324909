"""The members tab: search list, detail pane and the dialogs acting on one member.
"""
