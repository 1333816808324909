"""The loyalty-program editor tab: forms per mechanism, the simulator and its quote view.
"""
