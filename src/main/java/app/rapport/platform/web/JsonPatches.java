package app.rapport.platform.web;

import app.rapport.platform.InvalidInput;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7386) for the API's {@code PATCH} calls: the fields a body names replace
 * the current ones, a field set to null is cleared, and the rest stay as they were.
 */
@Component
public class JsonPatches {

  private final JsonMapper mapper;

  JsonPatches(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public <T> T merge(T current, JsonNode patch, Class<T> type) {
    if (patch == null || !patch.isObject()) {
      throw InvalidInput.of("body", "Send a JSON object with the fields to change.");
    }
    ObjectNode base = mapper.valueToTree(current);
    apply(base, (ObjectNode) patch);
    return mapper.treeToValue(base, type);
  }

  private static void apply(ObjectNode target, ObjectNode patch) {
    for (Map.Entry<String, JsonNode> field : patch.properties()) {
      JsonNode value = field.getValue();
      if (value.isNull()) {
        target.remove(field.getKey());
      } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
        apply(nested, (ObjectNode) value);
      } else {
        target.set(field.getKey(), value);
      }
    }
  }

  /** The version an {@code If-Match} header names, written as {@code "3"} or {@code W/"3"}. */
  public static Optional<Integer> versionOf(String ifMatch) {
    if (ifMatch == null) {
      return Optional.empty();
    }
    String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
    try {
      return Optional.of(Integer.valueOf(digits));
    } catch (NumberFormatException e) {
      throw InvalidInput.of("If-Match", "Send the version you read, such as \"3\".");
    }
  }
}
