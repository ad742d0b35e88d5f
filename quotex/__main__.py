from quotex.cli import run

run()
