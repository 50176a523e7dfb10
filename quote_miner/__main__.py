from quote_miner.cli import main

main()
