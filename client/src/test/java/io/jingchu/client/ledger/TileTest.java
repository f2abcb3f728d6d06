package io.jingchu.client.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TileTest {

    @Test
    void pathsAreThoseOfTheLayout() {
        assertThat(new Tile(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new Tile(1, 0, 17).path()).isEqualTo("tile/1/000.p/17");
        assertThat(new Tile(Tile.ENTRIES, 273, 112).path()).isEqualTo("tile/entries/273.p/112");
        assertThat(new Tile(2, 1000, 256).path()).isEqualTo("tile/2/x001/000");
    }

    @Test
    void pathsReadBack() {
        for (String path : new String[] {"tile/0/x001/x234/067", "tile/1/000.p/17", "tile/entries/273.p/112",
                "tile/63/x999/999"}) {
            assertThat(Tile.parse(path).path()).isEqualTo(path);
        }
        assertThat(Tile.parse("tile/0/x001/x234/067").index()).isEqualTo(1234067);
        assertThat(Tile.parse("tile/0/x001/x234/067").treeLevel()).isZero();
        assertThat(Tile.parse("tile/2/001").treeLevel()).isEqualTo(16);
    }

    @Test
    void otherFormsAreRefused() {
        for (String path : new String[] {"tile/0/1", "tile/00/000", "tile/0/001/002", "tile/0/000.p/0",
                "tile/0/000.p/256", "tile/0/000.p/012", "tile/64/000", "tile/x/000", "tile/0/x000", "tile/0/x000/001", "tile/0/x999/x999/x999/x999/x999/999"}) {
            assertThatIllegalArgumentException().as(path).isThrownBy(() -> Tile.parse(path));
        }
    }
}
