package app.rapport.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.ResultActions;

/** Reads a page the test fetched, to assert on what a person would see. */
public final class Html {

  private Html() {}

  public static Document of(ResultActions result) throws Exception {
    return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
  }
}
