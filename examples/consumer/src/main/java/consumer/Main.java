package consumer;

import java.util.ServiceLoader;
import javax.annotation.processing.Processor;

/**
 * Runs the README's API tour as a user's program would: outside parley's build, with only what
 * depending on parley-io brings.
 */
public final class Main {
  private Main() {}

  /** Runs the tour; fails with a non-zero exit if anything is missing or leaked. */
  public static void main(String[] args) throws Exception {
    // An annotation processor on a user's class path would run inside the user's compiler.
    for (Processor leaked : ServiceLoader.load(Processor.class)) {
      throw new IllegalStateException(
          "depending on parley-io brings an annotation processor: " + leaked.getClass().getName());
    }
    Class.forName("ApiTour").getMethod("main", String[].class).invoke(null, (Object) args);
    System.out.println("consumer: the README's API tour ran outside the build");
  }
}
