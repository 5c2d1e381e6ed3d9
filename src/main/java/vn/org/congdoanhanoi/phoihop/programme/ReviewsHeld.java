package vn.org.congdoanhanoi.phoihop.programme;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reviews a programme has held (variable {@code reviewsHeld}, a JSON list): year, host and the number of the
 * yearly report. The final summary lists them; Cockpit shows them on the programme.
 */
@Component
public class ReviewsHeld {

  private static final JsonRecords<Review> RECORDS = new JsonRecords<>(new TypeReference<>() {});

  public record Review(int year, String host, String reportNumber) {}

  public List<Review> read(String json) {
    return RECORDS.read(json);
  }

  /** The list with the year's review in place of any earlier record of that year. */
  public String with(String json, Review review) {
    return RECORDS.with(json, review, r -> r.year() == review.year());
  }
}
