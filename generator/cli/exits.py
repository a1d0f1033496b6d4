"""The command line's exit codes: 0 success, 1 a content error, 2 a usage error."""

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2
