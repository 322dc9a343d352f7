"""``python -m stance``."""

from stance.cli import main

if __name__ == "__main__":  # not when a spawned extraction worker imports this module (run.workers)
    main()
