def stop(code):
    print("raising", code)
    raise SystemExit(code)
stop(4)
print("never")

# Output:
# raising 4
# Exit: 4
