package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One item waiting to be written, with the JSON pointer that names it in the upload (for its errors). */
record Pending(String pointer, ObjectNode body) {
}
