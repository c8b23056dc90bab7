/** Version of the dataset's shape (the output contract). Bump it when a field's name or meaning changes. */
export const SCHEMA_VERSION = "1.0.0"

/** Version of the tool, reported by `--version` and in `generated_from`. */
export const TOOL_VERSION = "0.1.0"
