; Every node the analysis reads, one node type per pattern: captured by this query, or on very wide or deep code found by a walk of the tree (src/analysis/facts.ts).
; Both give them in document order (outer before inner), which the scope builder relies on.
(function_definition) @function
(class_definition) @class
(call) @call
(assignment) @assignment
(import_statement) @import
(import_from_statement) @import
(future_import_statement) @future
(with_item) @with_item
(return_statement) @return
(for_statement) @loop
(while_statement) @loop
(with_statement) @with
