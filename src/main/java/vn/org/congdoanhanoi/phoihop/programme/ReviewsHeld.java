package vn.org.congdoanhanoi.phoihop.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reviews a programme has held (variable {@code reviewsHeld}, a JSON list): year, host and the number of the
 * yearly report. The final summary lists them; Cockpit shows them on the programme.
 */
@Component
public class ReviewsHeld {

  private static final ObjectMapper JSON = new ObjectMapper();

  public record Review(int year, String host, String reportNumber) {}

  public List<Review> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<Review>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reviewsHeld is not a list of reviews: " + e.getMessage(), e);
    }
  }

  public String with(String json, Review review) {
    List<Review> all = new ArrayList<>(read(json));
    all.removeIf(r -> r.year() == review.year());
    all.add(review);
    try {
      return JSON.writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
