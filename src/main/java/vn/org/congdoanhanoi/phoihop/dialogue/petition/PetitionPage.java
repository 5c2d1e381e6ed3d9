package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.util.List;

/** One page of petitions: {@code total} matching ones, of which {@code items} from the page's first. */
public record PetitionPage(long total, int page, int size, List<Petition> items) {}
