package io.jingchu.hub.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import io.jingchu.hub.ingest.IngestFixture;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Base of the {@code *IT} tests: the whole hub on the database of this test pass (H2 or PostgreSQL, see
 * {@link TestDatabase}), driven through MockMvc. All subclasses share one application context, so tests
 * create their own uniquely named data instead of cleaning up; {@link TestAccounts} makes organizations
 * and users, {@link Callers} lets a request act as one of them.
 */
@SpringBootTest
@Import({TestAccounts.class, IngestFixture.class})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public abstract class IntegrationTest {

    @Autowired
    protected MockMvcTester mvc;
}
